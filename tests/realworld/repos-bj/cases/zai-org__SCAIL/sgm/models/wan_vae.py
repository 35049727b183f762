stub: upstream file of 23311 bytes
