stub: upstream file of 27505 bytes
