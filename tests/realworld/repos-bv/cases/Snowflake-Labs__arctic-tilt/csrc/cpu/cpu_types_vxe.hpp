stub: upstream file of 13989 bytes
