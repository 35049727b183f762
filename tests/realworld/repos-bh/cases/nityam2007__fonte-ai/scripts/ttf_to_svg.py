stub: upstream file of 16964 bytes
