stub: upstream file of 22855 bytes
