stub: upstream file of 10071 bytes
