stub: upstream file of 91460 bytes
