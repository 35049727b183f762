stub: upstream file of 8773 bytes
