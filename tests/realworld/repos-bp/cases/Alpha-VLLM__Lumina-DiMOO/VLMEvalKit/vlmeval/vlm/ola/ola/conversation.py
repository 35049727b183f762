stub: upstream file of 4114 bytes
