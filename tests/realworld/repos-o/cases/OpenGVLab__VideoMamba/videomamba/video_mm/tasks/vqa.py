stub: upstream file of 13029 bytes
