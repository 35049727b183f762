stub: upstream file of 1891 bytes
