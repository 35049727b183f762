stub: upstream file of 10862 bytes
