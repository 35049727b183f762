stub: upstream file of 5699 bytes
