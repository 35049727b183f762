stub: upstream file of 9640 bytes
