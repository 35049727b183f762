stub: upstream file of 6944 bytes
