stub: upstream file of 17786 bytes
