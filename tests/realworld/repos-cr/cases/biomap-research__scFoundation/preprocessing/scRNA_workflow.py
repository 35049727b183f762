stub: upstream file of 4725 bytes
