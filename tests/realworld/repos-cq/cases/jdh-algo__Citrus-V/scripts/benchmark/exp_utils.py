stub: upstream file of 15093 bytes
