stub: upstream file of 6232 bytes
