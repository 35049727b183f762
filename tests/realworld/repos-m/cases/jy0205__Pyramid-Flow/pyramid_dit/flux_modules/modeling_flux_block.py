stub: upstream file of 42769 bytes
