stub: upstream file of 820961 bytes
