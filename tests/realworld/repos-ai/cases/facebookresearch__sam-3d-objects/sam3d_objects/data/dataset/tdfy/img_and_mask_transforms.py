stub: upstream file of 35622 bytes
