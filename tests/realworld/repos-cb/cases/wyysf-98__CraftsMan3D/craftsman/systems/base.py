stub: upstream file of 7580 bytes
