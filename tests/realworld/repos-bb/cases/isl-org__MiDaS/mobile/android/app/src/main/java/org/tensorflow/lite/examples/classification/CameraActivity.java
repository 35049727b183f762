stub: upstream file of 23403 bytes
