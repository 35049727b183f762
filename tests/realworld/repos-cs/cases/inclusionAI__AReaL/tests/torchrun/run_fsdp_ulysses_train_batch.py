stub: upstream file of 5466 bytes
