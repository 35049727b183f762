stub: upstream file of 28159 bytes
