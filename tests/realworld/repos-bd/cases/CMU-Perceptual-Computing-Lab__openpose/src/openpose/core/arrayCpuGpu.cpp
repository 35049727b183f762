stub: upstream file of 24155 bytes
