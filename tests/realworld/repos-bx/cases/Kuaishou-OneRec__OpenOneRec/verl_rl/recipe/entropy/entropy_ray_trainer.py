stub: upstream file of 17299 bytes
