stub: upstream file of 4478 bytes
