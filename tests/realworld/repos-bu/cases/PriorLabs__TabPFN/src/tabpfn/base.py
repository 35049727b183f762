stub: upstream file of 19701 bytes
