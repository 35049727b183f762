stub: upstream file of 22761 bytes
