stub: upstream file of 779 bytes
