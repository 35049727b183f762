stub: upstream file of 38585 bytes
