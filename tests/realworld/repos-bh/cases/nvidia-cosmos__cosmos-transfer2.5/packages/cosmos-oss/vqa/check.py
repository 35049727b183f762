stub: upstream file of 5275 bytes
