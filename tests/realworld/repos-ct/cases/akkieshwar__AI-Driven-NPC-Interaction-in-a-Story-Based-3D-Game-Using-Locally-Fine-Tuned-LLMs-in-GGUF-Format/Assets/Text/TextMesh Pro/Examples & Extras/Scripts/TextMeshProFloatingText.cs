stub: upstream file of 9123 bytes
