stub: upstream file of 24129 bytes
