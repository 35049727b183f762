stub: upstream file of 28544 bytes
