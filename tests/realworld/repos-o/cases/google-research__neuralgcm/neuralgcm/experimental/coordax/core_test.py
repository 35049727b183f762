stub: upstream file of 23464 bytes
