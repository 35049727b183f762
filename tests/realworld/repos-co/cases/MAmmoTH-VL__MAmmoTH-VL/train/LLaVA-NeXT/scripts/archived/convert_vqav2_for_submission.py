stub: upstream file of 1651 bytes
