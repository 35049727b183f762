stub: upstream file of 28838 bytes
