stub: upstream file of 19737 bytes
