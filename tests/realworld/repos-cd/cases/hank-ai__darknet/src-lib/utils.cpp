stub: upstream file of 22732 bytes
