stub: upstream file of 22709 bytes
