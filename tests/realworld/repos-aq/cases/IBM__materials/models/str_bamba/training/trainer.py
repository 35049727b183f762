stub: upstream file of 22922 bytes
