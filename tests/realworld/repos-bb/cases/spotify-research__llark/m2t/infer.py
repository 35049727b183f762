stub: upstream file of 5344 bytes
