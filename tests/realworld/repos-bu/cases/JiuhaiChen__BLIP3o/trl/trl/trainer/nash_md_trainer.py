stub: upstream file of 24151 bytes
