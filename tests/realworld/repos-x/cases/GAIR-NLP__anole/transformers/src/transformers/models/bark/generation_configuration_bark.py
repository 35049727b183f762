stub: upstream file of 14991 bytes
