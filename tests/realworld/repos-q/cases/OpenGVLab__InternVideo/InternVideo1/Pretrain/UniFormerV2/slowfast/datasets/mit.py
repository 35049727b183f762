stub: upstream file of 16268 bytes
