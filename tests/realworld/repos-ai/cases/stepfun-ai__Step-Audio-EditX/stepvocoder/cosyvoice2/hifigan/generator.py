stub: upstream file of 24962 bytes
