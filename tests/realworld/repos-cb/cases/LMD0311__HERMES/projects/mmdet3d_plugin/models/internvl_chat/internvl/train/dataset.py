stub: upstream file of 28456 bytes
