stub: upstream file of 30743 bytes
