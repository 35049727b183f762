stub: upstream file of 14155 bytes
