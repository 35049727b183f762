stub: upstream file of 37350 bytes
