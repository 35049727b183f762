stub: upstream file of 22932 bytes
