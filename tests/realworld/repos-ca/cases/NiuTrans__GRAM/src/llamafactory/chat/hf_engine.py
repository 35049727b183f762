stub: upstream file of 16466 bytes
