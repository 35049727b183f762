stub: upstream file of 7522 bytes
