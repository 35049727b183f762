stub: upstream file of 51126 bytes
