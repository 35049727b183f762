stub: upstream file of 28439 bytes
