stub: upstream file of 26885 bytes
