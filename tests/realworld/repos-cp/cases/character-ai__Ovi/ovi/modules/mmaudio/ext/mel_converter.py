stub: upstream file of 3466 bytes
