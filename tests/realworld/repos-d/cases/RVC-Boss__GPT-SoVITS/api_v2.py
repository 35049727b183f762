stub: upstream file of 22171 bytes
