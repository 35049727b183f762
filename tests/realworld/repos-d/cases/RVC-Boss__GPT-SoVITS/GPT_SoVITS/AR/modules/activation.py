stub: upstream file of 19742 bytes
