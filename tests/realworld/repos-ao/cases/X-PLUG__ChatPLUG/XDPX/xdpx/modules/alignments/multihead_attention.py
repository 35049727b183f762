stub: upstream file of 20133 bytes
