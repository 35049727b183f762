stub: upstream file of 8383 bytes
