stub: upstream file of 17820 bytes
