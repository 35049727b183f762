stub: upstream file of 1916 bytes
