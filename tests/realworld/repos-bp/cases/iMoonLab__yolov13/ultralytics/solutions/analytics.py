stub: upstream file of 11551 bytes
