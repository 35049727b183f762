stub: upstream file of 13628 bytes
