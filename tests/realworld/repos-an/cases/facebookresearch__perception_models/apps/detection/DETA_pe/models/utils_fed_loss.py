stub: upstream file of 39910 bytes
