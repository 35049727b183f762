stub: upstream file of 12949 bytes
