stub: upstream file of 10367 bytes
