stub: upstream file of 9972 bytes
