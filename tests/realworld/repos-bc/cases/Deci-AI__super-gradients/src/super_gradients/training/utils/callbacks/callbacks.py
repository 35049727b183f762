stub: upstream file of 71124 bytes
