stub: upstream file of 18222 bytes
