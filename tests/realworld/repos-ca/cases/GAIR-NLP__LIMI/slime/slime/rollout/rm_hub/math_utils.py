stub: upstream file of 14338 bytes
