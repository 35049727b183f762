stub: upstream file of 22790 bytes
