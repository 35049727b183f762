stub: upstream file of 21855 bytes
