stub: upstream file of 7105 bytes
