stub: upstream file of 13492 bytes
