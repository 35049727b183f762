stub: upstream file of 70139 bytes
