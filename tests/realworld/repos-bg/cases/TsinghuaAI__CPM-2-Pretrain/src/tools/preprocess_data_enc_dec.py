stub: upstream file of 8915 bytes
