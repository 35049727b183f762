stub: upstream file of 5143 bytes
