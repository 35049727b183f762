stub: upstream file of 11771 bytes
