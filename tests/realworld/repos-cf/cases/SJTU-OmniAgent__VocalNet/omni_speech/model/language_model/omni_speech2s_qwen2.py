stub: upstream file of 22607 bytes
