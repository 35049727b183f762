stub: upstream file of 51761 bytes
