stub: upstream file of 3786 bytes
