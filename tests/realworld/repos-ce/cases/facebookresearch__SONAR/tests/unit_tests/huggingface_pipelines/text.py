stub: upstream file of 5459 bytes
