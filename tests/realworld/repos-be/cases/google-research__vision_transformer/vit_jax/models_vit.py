stub: upstream file of 9153 bytes
