stub: upstream file of 23895 bytes
