stub: upstream file of 18062 bytes
