stub: upstream file of 7939 bytes
