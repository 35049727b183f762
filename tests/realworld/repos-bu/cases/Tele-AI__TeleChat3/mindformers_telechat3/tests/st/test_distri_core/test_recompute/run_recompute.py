stub: upstream file of 8123 bytes
