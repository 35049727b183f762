stub: upstream file of 6748 bytes
