stub: upstream file of 35536 bytes
