stub: upstream file of 16199 bytes
