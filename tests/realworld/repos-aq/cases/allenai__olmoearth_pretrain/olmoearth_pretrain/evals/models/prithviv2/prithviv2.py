stub: upstream file of 10133 bytes
