stub: upstream file of 17664 bytes
