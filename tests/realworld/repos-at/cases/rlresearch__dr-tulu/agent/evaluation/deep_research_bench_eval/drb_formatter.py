stub: upstream file of 10984 bytes
