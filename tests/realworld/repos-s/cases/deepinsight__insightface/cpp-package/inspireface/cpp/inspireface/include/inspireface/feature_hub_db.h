stub: upstream file of 9126 bytes
