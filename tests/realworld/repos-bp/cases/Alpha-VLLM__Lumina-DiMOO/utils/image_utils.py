stub: upstream file of 10686 bytes
