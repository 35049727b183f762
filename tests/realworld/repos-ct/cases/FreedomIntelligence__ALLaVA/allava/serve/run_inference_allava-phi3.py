stub: upstream file of 2143 bytes
