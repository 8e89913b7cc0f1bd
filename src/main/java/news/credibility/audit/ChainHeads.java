package news.credibility.audit;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The chain's head row; {@link #lock()} holds it until the transaction ends (SELECT ... FOR UPDATE). */
interface ChainHeads extends Repository<ChainHead, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from ChainHead h where h.id = " + ChainHead.ID)
    ChainHead lock();

    @Query("select h from ChainHead h where h.id = " + ChainHead.ID)
    ChainHead read();
}
