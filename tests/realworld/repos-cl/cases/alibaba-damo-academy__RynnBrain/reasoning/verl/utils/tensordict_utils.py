stub: upstream file of 8591 bytes
