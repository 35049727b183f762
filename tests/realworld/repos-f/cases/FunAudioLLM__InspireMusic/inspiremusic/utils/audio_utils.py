stub: upstream file of 22939 bytes
