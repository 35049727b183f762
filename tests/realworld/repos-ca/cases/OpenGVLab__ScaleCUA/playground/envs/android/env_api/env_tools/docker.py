stub: upstream file of 6741 bytes
