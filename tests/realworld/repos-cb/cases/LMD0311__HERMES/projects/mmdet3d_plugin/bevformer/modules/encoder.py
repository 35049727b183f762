stub: upstream file of 24376 bytes
