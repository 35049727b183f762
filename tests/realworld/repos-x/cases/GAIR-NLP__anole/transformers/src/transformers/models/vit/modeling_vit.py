stub: upstream file of 37066 bytes
