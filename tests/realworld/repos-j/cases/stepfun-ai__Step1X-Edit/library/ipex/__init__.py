stub: upstream file of 12355 bytes
