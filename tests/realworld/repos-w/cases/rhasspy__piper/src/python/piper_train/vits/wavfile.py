stub: upstream file of 26396 bytes
