stub: upstream file of 27921 bytes
