stub: upstream file of 25385 bytes
