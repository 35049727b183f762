stub: upstream file of 12773 bytes
