stub: upstream file of 19130 bytes
