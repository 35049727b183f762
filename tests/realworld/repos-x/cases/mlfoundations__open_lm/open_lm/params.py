stub: upstream file of 27710 bytes
