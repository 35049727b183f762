stub: upstream file of 22359 bytes
