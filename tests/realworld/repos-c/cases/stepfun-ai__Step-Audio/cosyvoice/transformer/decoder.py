stub: upstream file of 16465 bytes
