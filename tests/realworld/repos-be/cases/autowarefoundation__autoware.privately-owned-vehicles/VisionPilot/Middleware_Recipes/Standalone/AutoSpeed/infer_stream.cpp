stub: upstream file of 22141 bytes
