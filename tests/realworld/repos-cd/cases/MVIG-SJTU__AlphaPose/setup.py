stub: upstream file of 7114 bytes
