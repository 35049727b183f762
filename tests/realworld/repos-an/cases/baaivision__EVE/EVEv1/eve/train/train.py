stub: upstream file of 43099 bytes
