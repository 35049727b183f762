stub: upstream file of 19971 bytes
