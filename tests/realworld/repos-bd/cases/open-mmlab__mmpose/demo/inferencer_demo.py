stub: upstream file of 7543 bytes
