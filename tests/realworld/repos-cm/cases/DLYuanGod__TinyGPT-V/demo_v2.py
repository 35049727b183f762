stub: upstream file of 23821 bytes
