stub: upstream file of 16623 bytes
