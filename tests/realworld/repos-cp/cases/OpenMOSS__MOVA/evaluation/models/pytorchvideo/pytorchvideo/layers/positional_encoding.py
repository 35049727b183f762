stub: upstream file of 8824 bytes
