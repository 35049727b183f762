stub: upstream file of 12024 bytes
