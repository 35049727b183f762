stub: upstream file of 359945 bytes
