stub: upstream file of 13696 bytes
