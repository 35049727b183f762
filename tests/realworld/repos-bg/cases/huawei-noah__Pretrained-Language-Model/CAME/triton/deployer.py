stub: upstream file of 6412 bytes
