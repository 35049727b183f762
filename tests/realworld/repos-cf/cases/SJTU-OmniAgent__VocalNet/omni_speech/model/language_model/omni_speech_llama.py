stub: upstream file of 11588 bytes
