stub: upstream file of 58159 bytes
