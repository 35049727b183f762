stub: upstream file of 4773 bytes
