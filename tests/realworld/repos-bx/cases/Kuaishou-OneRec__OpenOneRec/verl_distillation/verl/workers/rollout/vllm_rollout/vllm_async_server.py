stub: upstream file of 23595 bytes
