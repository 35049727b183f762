stub: upstream file of 29889 bytes
