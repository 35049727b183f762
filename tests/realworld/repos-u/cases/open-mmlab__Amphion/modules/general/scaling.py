stub: upstream file of 48466 bytes
