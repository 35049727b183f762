stub: upstream file of 40900 bytes
