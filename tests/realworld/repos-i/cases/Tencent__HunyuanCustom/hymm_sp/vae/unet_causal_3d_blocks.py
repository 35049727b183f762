stub: upstream file of 34642 bytes
