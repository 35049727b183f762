stub: upstream file of 19406 bytes
