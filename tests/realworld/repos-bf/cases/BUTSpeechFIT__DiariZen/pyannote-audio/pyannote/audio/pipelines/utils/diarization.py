stub: upstream file of 8708 bytes
