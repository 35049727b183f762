stub: upstream file of 466 bytes
