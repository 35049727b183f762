stub: upstream file of 15113 bytes
