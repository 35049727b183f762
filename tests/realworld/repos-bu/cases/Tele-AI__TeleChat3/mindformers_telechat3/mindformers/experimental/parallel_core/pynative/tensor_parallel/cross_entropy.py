stub: upstream file of 9547 bytes
