stub: upstream file of 18879 bytes
