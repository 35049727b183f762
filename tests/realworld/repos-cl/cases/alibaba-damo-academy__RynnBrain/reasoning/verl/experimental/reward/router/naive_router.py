stub: upstream file of 6466 bytes
