stub: upstream file of 11202 bytes
