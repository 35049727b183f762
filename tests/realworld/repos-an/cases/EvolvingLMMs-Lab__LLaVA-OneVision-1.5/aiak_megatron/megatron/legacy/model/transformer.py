stub: upstream file of 78946 bytes
