stub: upstream file of 9504 bytes
