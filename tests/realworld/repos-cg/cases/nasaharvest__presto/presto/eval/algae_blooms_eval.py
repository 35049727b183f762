stub: upstream file of 11499 bytes
