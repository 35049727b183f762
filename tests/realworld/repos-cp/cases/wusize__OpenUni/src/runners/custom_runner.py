stub: upstream file of 6792 bytes
