stub: upstream file of 28121 bytes
