stub: upstream file of 33939 bytes
