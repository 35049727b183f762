stub: upstream file of 76199 bytes
