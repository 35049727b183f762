stub: upstream file of 3962 bytes
