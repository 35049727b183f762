stub: upstream file of 22952 bytes
