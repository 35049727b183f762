stub: upstream file of 41222 bytes
