stub: upstream file of 27740 bytes
