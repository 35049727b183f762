stub: upstream file of 12107 bytes
