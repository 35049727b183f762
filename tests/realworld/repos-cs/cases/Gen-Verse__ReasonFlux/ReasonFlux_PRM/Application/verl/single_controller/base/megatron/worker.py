stub: upstream file of 4614 bytes
