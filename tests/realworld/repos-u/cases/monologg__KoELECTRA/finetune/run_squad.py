stub: upstream file of 20059 bytes
