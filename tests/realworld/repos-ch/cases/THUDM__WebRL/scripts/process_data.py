stub: upstream file of 19090 bytes
