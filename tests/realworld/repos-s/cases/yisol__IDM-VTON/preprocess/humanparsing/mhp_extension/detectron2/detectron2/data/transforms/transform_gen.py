stub: upstream file of 18990 bytes
