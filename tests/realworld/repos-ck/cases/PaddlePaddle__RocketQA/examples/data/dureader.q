stub: upstream file of 3203 bytes
