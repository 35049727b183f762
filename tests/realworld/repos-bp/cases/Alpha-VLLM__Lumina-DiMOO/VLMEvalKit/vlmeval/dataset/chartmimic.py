stub: upstream file of 31001 bytes
