stub: upstream file of 18164 bytes
