stub: upstream file of 2954 bytes
