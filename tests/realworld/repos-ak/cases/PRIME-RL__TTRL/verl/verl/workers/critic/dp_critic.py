stub: upstream file of 12176 bytes
