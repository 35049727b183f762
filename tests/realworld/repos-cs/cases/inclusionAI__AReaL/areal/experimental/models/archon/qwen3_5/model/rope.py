stub: upstream file of 5210 bytes
