stub: upstream file of 6921 bytes
