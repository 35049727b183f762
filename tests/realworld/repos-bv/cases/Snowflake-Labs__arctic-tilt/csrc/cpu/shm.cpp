stub: upstream file of 27175 bytes
