stub: upstream file of 8493 bytes
