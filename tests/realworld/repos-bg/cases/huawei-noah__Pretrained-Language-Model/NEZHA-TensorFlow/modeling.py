stub: upstream file of 51403 bytes
