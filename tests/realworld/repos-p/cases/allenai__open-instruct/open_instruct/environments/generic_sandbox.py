stub: upstream file of 14913 bytes
