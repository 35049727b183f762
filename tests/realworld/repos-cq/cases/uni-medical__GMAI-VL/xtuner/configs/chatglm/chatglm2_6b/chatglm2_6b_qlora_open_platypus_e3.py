stub: upstream file of 7088 bytes
