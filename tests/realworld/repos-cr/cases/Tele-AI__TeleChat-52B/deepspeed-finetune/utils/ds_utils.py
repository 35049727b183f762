stub: upstream file of 986 bytes
