stub: upstream file of 68141 bytes
