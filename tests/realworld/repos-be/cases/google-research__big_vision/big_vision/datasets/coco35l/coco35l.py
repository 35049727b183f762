stub: upstream file of 5772 bytes
