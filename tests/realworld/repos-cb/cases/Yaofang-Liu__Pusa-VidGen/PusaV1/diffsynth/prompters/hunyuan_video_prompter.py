stub: upstream file of 13574 bytes
