stub: upstream file of 80382 bytes
