stub: upstream file of 11066 bytes
