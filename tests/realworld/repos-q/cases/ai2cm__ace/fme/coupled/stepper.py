stub: upstream file of 91737 bytes
