stub: upstream file of 12636 bytes
