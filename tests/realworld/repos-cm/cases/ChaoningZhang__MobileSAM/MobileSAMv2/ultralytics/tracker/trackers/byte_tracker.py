stub: upstream file of 14448 bytes
