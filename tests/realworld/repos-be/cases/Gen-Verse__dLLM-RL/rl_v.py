stub: upstream file of 10773 bytes
