stub: upstream file of 12411 bytes
