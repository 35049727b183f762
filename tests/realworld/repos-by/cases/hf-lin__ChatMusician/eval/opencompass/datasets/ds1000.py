stub: upstream file of 11382 bytes
