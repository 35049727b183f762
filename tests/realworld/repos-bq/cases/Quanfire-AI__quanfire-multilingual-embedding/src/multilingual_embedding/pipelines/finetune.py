stub: upstream file of 21531 bytes
