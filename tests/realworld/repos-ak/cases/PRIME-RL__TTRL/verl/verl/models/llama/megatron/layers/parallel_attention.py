stub: upstream file of 21316 bytes
