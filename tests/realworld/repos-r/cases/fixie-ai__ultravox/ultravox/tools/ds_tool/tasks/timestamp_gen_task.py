stub: upstream file of 6941 bytes
