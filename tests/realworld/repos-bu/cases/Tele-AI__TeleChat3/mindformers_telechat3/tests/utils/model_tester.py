stub: upstream file of 10505 bytes
