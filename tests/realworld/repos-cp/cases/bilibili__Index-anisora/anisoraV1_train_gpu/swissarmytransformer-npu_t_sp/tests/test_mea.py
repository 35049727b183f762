stub: upstream file of 3104 bytes
