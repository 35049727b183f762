stub: upstream file of 10786 bytes
