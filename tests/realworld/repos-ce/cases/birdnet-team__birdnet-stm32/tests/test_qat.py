stub: upstream file of 10212 bytes
