stub: upstream file of 8743 bytes
