stub: upstream file of 23889 bytes
