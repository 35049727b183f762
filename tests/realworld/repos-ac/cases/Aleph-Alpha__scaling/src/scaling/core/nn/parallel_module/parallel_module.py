stub: upstream file of 33296 bytes
