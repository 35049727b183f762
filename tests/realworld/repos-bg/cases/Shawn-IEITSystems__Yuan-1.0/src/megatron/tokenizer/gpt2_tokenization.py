stub: upstream file of 13459 bytes
