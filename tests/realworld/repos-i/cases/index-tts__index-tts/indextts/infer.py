stub: upstream file of 34504 bytes
