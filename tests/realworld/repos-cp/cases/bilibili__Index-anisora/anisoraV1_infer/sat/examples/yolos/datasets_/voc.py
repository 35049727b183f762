stub: upstream file of 6478 bytes
