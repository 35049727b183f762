stub: upstream file of 19197 bytes
