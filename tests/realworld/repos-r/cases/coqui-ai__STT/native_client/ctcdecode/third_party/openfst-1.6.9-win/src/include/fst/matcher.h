stub: upstream file of 51701 bytes
