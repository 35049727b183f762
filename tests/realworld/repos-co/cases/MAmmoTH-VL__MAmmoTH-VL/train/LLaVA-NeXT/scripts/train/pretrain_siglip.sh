stub: upstream file of 1913 bytes
