stub: upstream file of 13505 bytes
