stub: upstream file of 11386 bytes
