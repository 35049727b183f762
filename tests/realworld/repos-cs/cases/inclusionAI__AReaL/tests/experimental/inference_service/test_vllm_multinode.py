stub: upstream file of 2902 bytes
