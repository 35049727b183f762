stub: upstream file of 23217 bytes
