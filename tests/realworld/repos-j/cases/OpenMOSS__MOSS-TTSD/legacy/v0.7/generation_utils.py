stub: upstream file of 29044 bytes
