stub: upstream file of 20584 bytes
