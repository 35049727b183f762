stub: upstream file of 51191 bytes
