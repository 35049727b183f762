stub: upstream file of 12600 bytes
