stub: upstream file of 80979 bytes
