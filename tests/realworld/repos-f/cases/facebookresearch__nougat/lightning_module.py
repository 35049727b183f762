stub: upstream file of 9121 bytes
