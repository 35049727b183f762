stub: upstream file of 73124 bytes
