stub: upstream file of 12652 bytes
