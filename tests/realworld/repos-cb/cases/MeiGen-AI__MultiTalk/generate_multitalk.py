stub: upstream file of 23951 bytes
