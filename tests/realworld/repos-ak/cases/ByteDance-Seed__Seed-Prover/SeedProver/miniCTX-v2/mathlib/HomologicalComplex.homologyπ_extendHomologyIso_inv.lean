stub: upstream file of 21255 bytes
