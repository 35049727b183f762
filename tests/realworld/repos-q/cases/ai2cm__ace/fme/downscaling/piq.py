stub: upstream file of 30095 bytes
