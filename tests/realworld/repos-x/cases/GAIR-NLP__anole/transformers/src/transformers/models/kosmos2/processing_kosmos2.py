stub: upstream file of 29760 bytes
