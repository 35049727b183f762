stub: upstream file of 5241 bytes
