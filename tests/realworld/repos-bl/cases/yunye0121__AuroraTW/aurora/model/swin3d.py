stub: upstream file of 37016 bytes
