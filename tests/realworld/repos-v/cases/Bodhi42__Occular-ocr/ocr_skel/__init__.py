stub: upstream file of 8168 bytes
