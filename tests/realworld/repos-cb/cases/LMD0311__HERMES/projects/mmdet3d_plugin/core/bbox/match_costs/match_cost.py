stub: upstream file of 2945 bytes
