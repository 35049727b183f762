stub: upstream file of 22773 bytes
