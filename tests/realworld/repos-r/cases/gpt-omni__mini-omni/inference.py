stub: upstream file of 23760 bytes
