stub: upstream file of 220158 bytes
