stub: upstream file of 26173 bytes
