stub: upstream file of 17573 bytes
