stub: upstream file of 26241 bytes
