stub: upstream file of 7827 bytes
