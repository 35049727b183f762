stub: upstream file of 32265 bytes
