stub: upstream file of 12546 bytes
