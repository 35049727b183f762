stub: upstream file of 5472 bytes
