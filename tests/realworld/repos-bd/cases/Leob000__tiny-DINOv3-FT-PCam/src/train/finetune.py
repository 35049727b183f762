stub: upstream file of 39799 bytes
