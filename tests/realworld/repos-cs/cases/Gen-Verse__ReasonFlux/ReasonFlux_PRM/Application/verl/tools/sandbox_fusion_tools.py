stub: upstream file of 7099 bytes
