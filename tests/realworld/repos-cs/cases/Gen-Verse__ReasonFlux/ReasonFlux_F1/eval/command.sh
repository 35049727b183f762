stub: upstream file of 1803 bytes
