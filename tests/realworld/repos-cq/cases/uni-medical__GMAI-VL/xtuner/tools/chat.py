stub: upstream file of 20388 bytes
