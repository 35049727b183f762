stub: upstream file of 25042 bytes
