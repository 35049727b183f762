stub: upstream file of 31424 bytes
