stub: upstream file of 30952 bytes
