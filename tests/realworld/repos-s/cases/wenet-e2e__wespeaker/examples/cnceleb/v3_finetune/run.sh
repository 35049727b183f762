stub: upstream file of 5171 bytes
