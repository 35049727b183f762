stub: upstream file of 24065 bytes
