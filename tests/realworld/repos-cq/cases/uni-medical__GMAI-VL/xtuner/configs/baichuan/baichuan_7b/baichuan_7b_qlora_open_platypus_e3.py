stub: upstream file of 7095 bytes
