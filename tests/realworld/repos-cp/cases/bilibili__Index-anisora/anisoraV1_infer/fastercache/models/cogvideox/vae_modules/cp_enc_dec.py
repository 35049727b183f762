stub: upstream file of 33846 bytes
