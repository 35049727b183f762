stub: upstream file of 22663 bytes
