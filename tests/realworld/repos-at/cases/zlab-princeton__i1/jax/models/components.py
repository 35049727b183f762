stub: upstream file of 22646 bytes
