stub: upstream file of 9912 bytes
