stub: upstream file of 11275 bytes
