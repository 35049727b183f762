stub: upstream file of 7344 bytes
