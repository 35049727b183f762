stub: upstream file of 16177 bytes
