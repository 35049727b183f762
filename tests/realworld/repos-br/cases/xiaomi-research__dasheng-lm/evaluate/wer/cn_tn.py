stub: upstream file of 59260 bytes
