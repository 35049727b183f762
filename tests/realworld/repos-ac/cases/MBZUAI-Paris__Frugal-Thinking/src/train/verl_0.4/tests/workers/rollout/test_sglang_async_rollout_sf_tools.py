stub: upstream file of 28233 bytes
