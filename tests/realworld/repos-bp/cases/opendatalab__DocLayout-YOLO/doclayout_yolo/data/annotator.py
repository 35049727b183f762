stub: upstream file of 2126 bytes
