stub: upstream file of 3201 bytes
