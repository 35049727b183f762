stub: upstream file of 39066 bytes
