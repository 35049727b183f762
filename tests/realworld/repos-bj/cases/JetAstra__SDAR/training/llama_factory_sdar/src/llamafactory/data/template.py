stub: upstream file of 86543 bytes
