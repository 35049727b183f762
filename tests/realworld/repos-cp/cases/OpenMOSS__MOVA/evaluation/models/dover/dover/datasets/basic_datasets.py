stub: upstream file of 29133 bytes
