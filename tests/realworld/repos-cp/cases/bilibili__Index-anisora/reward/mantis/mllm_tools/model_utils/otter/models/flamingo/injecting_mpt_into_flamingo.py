stub: upstream file of 4137 bytes
