stub: upstream file of 9196 bytes
