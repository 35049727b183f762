stub: upstream file of 39695 bytes
