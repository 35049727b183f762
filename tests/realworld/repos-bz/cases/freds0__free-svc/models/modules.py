stub: upstream file of 13583 bytes
