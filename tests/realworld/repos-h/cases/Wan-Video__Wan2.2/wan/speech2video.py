stub: upstream file of 29066 bytes
