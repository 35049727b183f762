stub: upstream file of 7773 bytes
