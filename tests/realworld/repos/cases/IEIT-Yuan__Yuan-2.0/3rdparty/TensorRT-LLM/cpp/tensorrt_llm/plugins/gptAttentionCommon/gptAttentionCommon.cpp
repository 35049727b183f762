stub: upstream file of 70547 bytes
