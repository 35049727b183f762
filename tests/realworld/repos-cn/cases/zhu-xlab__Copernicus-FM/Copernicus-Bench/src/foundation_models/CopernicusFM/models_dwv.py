stub: upstream file of 10426 bytes
