stub: upstream file of 19577 bytes
