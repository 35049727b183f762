stub: upstream file of 8551 bytes
