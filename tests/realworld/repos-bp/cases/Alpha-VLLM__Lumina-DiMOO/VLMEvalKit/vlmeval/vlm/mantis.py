stub: upstream file of 8826 bytes
