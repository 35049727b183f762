stub: upstream file of 16650 bytes
