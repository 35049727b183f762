stub: upstream file of 37660 bytes
