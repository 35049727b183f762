stub: upstream file of 33384 bytes
