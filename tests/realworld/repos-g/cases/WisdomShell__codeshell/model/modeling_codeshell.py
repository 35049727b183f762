stub: upstream file of 48185 bytes
