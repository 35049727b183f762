stub: upstream file of 3577 bytes
