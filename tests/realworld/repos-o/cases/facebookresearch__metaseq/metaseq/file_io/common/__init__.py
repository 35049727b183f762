stub: upstream file of 45761 bytes
