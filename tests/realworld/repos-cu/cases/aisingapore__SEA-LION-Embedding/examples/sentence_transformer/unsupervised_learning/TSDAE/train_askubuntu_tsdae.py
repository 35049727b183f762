stub: upstream file of 8528 bytes
