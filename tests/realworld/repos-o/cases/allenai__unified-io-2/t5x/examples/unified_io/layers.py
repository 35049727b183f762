stub: upstream file of 113245 bytes
