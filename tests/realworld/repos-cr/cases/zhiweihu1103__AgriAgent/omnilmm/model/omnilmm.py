stub: upstream file of 20617 bytes
