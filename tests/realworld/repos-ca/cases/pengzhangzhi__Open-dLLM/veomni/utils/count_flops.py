stub: upstream file of 8666 bytes
