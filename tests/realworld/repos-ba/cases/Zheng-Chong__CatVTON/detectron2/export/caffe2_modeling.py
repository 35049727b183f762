stub: upstream file of 17142 bytes
