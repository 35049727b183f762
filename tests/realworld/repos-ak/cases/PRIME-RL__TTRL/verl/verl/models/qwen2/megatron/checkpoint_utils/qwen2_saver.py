stub: upstream file of 18404 bytes
