stub: upstream file of 45708 bytes
