stub: upstream file of 14756 bytes
