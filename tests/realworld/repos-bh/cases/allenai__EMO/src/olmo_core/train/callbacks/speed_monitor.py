stub: upstream file of 8365 bytes
