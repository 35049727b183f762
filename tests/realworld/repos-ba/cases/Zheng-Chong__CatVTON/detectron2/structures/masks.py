stub: upstream file of 19793 bytes
