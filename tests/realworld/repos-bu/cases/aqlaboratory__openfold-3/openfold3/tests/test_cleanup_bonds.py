stub: upstream file of 14599 bytes
