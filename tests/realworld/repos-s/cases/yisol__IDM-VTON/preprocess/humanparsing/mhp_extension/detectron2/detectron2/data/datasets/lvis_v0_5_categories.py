stub: upstream file of 223777 bytes
