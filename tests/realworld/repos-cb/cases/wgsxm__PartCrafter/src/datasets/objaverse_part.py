stub: upstream file of 8929 bytes
