stub: upstream file of 18626 bytes
