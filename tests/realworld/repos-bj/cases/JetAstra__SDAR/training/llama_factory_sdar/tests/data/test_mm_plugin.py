stub: upstream file of 15652 bytes
