stub: upstream file of 12022 bytes
