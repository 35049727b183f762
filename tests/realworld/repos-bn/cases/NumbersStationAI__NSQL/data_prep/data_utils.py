stub: upstream file of 20779 bytes
