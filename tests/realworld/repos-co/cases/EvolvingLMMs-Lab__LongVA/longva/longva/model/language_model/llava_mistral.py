stub: upstream file of 5062 bytes
