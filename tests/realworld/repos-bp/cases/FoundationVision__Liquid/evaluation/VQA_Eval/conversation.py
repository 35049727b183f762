stub: upstream file of 17044 bytes
