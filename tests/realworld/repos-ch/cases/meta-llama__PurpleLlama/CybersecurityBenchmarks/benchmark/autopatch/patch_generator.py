stub: upstream file of 30141 bytes
