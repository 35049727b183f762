stub: upstream file of 20652 bytes
