stub: upstream file of 12907 bytes
