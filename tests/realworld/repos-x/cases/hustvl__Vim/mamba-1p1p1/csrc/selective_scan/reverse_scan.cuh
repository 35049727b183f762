stub: upstream file of 18423 bytes
