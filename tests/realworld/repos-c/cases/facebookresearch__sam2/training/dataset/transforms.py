stub: upstream file of 18539 bytes
