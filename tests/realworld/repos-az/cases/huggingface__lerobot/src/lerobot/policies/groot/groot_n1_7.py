stub: upstream file of 39208 bytes
