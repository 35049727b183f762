stub: upstream file of 22409 bytes
