stub: upstream file of 39472 bytes
