stub: upstream file of 20640 bytes
