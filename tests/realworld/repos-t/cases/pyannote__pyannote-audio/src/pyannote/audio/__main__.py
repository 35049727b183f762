stub: upstream file of 29546 bytes
