stub: upstream file of 9265 bytes
