stub: upstream file of 24654 bytes
