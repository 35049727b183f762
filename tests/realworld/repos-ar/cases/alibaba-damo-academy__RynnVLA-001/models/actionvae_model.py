stub: upstream file of 27867 bytes
