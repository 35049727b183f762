stub: upstream file of 85856 bytes
