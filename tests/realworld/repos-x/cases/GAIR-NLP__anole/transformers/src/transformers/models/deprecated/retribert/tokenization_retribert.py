stub: upstream file of 20666 bytes
