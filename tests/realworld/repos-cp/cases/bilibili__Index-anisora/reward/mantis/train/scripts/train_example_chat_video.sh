stub: upstream file of 5288 bytes
