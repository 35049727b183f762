stub: upstream file of 23099 bytes
