stub: upstream file of 2093 bytes
