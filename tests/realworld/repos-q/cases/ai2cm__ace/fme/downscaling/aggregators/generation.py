stub: upstream file of 17143 bytes
