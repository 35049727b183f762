stub: upstream file of 5962 bytes
