stub: upstream file of 69659 bytes
