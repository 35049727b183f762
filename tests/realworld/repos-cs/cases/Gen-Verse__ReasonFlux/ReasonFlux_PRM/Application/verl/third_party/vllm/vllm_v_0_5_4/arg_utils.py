stub: upstream file of 20768 bytes
