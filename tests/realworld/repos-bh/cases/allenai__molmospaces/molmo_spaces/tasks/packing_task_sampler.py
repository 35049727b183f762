stub: upstream file of 5726 bytes
