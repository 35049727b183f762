stub: upstream file of 16715 bytes
