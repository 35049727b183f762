stub: upstream file of 18081 bytes
