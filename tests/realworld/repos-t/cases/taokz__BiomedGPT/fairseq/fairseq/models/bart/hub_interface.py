stub: upstream file of 7812 bytes
