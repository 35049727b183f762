stub: upstream file of 20761 bytes
