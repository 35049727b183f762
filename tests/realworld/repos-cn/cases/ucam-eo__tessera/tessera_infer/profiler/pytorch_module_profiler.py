stub: upstream file of 16423 bytes
