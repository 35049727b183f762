stub: upstream file of 49005 bytes
