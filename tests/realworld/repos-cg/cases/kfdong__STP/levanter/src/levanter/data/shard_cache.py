stub: upstream file of 73577 bytes
