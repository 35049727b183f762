stub: upstream file of 30409 bytes
