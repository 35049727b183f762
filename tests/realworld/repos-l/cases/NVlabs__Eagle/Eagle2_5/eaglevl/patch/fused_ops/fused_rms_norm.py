stub: upstream file of 13466 bytes
