stub: upstream file of 13718 bytes
