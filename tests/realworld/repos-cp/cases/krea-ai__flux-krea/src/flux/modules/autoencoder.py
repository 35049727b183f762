stub: upstream file of 10461 bytes
