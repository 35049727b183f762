stub: upstream file of 11217 bytes
