stub: upstream file of 28542 bytes
