stub: upstream file of 21401 bytes
