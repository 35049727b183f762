stub: upstream file of 17669 bytes
