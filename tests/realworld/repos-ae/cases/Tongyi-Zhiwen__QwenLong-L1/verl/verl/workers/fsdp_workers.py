stub: upstream file of 59194 bytes
