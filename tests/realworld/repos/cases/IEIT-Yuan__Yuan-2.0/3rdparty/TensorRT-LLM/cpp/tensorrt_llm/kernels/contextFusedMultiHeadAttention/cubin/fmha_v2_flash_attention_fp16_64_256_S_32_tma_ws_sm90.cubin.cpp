stub: upstream file of 1977256 bytes
