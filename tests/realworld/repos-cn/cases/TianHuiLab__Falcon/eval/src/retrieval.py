stub: upstream file of 3044 bytes
