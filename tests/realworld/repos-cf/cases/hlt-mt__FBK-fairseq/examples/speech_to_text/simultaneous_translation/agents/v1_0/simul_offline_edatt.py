stub: upstream file of 6431 bytes
