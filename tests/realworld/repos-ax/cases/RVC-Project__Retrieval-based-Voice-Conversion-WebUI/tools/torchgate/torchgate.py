stub: upstream file of 11042 bytes
