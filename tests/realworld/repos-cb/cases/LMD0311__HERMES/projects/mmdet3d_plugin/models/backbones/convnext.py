stub: upstream file of 29059 bytes
