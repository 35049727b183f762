stub: upstream file of 31761 bytes
