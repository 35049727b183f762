stub: upstream file of 73737 bytes
