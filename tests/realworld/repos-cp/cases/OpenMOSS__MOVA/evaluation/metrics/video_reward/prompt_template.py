stub: upstream file of 10759 bytes
