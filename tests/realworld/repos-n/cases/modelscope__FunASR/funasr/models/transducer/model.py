stub: upstream file of 21009 bytes
