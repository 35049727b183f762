stub: upstream file of 7790 bytes
