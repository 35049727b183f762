stub: upstream file of 37525 bytes
