stub: upstream file of 7417 bytes
