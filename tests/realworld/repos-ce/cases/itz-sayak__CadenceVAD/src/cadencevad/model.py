stub: upstream file of 12912 bytes
