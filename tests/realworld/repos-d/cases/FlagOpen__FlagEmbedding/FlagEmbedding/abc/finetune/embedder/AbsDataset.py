stub: upstream file of 25425 bytes
