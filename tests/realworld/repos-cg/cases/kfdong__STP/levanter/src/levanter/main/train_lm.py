stub: upstream file of 9773 bytes
