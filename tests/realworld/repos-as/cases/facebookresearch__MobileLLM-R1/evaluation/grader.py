stub: upstream file of 11964 bytes
