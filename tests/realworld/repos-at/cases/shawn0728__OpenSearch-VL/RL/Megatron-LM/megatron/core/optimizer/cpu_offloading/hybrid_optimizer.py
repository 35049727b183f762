stub: upstream file of 19761 bytes
