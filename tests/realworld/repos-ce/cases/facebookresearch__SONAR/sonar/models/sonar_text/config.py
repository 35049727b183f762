stub: upstream file of 8429 bytes
