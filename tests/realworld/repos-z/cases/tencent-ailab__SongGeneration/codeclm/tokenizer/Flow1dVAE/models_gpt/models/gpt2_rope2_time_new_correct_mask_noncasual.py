stub: upstream file of 93738 bytes
