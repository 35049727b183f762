stub: upstream file of 15907 bytes
