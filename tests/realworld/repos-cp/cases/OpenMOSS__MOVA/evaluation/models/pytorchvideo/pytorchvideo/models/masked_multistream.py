stub: upstream file of 13032 bytes
