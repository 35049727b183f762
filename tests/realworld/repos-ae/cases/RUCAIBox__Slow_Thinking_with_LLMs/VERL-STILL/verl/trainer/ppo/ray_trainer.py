stub: upstream file of 47764 bytes
