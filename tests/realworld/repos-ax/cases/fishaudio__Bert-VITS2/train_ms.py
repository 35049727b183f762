stub: upstream file of 30777 bytes
