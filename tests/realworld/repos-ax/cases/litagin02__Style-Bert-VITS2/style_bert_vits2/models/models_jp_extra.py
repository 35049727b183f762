stub: upstream file of 38214 bytes
