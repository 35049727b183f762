stub: upstream file of 19412 bytes
