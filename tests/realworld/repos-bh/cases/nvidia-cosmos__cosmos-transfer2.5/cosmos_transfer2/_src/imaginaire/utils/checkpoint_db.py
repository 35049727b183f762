stub: upstream file of 12726 bytes
