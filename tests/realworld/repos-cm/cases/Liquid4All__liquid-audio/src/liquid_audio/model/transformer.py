stub: upstream file of 20966 bytes
