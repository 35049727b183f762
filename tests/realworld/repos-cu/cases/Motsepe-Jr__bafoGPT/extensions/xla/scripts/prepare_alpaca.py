stub: upstream file of 5669 bytes
