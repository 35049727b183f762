stub: upstream file of 10651 bytes
