stub: upstream file of 25688 bytes
