stub: upstream file of 6861 bytes
