stub: upstream file of 14742 bytes
