stub: upstream file of 57827 bytes
