stub: upstream file of 231223 bytes
