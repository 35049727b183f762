stub: upstream file of 10889 bytes
