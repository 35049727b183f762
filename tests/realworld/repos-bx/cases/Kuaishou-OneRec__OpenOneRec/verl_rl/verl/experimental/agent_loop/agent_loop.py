stub: upstream file of 22403 bytes
