stub: upstream file of 1874 bytes
