stub: upstream file of 18171 bytes
