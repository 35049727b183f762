stub: upstream file of 15531 bytes
