stub: upstream file of 29761 bytes
