stub: upstream file of 17738 bytes
