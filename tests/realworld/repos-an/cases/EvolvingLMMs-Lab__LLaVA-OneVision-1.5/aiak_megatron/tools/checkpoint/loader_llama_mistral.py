stub: upstream file of 27423 bytes
