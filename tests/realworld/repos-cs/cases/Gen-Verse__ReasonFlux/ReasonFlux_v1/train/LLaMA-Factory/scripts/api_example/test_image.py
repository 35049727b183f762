stub: upstream file of 2328 bytes
