stub: upstream file of 26541 bytes
