stub: upstream file of 8889 bytes
