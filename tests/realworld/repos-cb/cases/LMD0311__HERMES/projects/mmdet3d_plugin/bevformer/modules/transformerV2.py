stub: upstream file of 15704 bytes
