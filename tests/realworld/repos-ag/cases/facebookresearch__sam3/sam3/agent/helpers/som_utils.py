stub: upstream file of 12021 bytes
