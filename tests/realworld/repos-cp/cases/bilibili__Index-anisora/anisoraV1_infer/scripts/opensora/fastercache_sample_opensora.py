stub: upstream file of 21664 bytes
