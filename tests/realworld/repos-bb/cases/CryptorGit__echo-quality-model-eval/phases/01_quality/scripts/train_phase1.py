stub: upstream file of 31158 bytes
