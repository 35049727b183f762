stub: upstream file of 17580 bytes
