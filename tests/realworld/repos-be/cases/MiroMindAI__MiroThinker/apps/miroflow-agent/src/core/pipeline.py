stub: upstream file of 7550 bytes
