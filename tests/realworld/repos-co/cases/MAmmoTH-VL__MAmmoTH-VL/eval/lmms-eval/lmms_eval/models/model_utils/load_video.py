stub: upstream file of 3091 bytes
