stub: upstream file of 6198 bytes
