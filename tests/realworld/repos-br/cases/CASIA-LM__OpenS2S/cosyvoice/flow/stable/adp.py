stub: upstream file of 55514 bytes
