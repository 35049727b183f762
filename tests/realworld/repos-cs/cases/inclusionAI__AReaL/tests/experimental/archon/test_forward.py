stub: upstream file of 17116 bytes
