stub: upstream file of 58607 bytes
