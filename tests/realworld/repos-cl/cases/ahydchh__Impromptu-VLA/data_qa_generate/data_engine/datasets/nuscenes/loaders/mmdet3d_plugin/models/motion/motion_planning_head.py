stub: upstream file of 17026 bytes
