stub: upstream file of 37501 bytes
