stub: upstream file of 3502 bytes
