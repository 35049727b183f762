stub: upstream file of 22204 bytes
