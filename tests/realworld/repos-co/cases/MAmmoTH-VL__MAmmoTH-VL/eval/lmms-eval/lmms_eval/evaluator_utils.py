stub: upstream file of 21526 bytes
