stub: upstream file of 14761 bytes
