stub: upstream file of 10026 bytes
