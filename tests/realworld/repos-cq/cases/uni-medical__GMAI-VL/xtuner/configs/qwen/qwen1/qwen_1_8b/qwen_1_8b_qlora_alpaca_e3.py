stub: upstream file of 7338 bytes
