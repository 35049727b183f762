stub: upstream file of 7126 bytes
