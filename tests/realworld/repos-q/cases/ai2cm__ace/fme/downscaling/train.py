stub: upstream file of 20999 bytes
