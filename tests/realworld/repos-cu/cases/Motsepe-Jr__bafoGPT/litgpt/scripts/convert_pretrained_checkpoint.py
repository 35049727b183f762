stub: upstream file of 2217 bytes
