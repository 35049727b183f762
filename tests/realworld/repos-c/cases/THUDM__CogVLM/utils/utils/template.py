stub: upstream file of 61105 bytes
