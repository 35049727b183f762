stub: upstream file of 30589 bytes
