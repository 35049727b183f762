stub: upstream file of 18999 bytes
