stub: upstream file of 55478 bytes
