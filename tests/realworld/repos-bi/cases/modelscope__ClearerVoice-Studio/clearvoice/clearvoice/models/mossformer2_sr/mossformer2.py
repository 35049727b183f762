stub: upstream file of 20162 bytes
