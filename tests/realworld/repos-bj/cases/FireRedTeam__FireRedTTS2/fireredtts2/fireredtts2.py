stub: upstream file of 22620 bytes
