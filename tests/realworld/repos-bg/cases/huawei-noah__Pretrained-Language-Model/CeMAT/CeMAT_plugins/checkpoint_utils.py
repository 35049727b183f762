stub: upstream file of 28366 bytes
