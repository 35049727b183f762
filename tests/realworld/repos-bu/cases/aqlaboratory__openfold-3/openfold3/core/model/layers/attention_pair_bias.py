stub: upstream file of 13409 bytes
