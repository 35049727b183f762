stub: upstream file of 28448 bytes
