stub: upstream file of 29470 bytes
