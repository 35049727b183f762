stub: upstream file of 30856 bytes
