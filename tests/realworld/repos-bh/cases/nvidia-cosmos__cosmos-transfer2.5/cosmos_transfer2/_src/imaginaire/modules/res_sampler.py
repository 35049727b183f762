stub: upstream file of 10644 bytes
