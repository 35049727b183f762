stub: upstream file of 74445 bytes
