stub: upstream file of 58777 bytes
