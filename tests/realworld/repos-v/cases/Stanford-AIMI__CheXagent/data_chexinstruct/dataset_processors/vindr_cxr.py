stub: upstream file of 15403 bytes
