stub: upstream file of 10691 bytes
