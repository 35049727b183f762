stub: upstream file of 7232 bytes
