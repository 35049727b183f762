stub: upstream file of 7121 bytes
