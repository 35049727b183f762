stub: upstream file of 49996 bytes
