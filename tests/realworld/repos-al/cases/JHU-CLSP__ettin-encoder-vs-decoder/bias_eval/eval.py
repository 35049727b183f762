stub: upstream file of 39887 bytes
