stub: upstream file of 11440 bytes
