stub: upstream file of 13197 bytes
