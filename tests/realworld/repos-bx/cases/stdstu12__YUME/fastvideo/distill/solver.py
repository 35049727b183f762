stub: upstream file of 12656 bytes
