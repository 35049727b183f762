stub: upstream file of 15298 bytes
