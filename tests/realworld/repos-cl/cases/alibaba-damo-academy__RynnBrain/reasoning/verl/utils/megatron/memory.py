stub: upstream file of 1456 bytes
