stub: upstream file of 23109 bytes
