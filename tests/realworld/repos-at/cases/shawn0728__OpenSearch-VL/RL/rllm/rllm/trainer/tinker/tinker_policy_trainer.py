stub: upstream file of 12060 bytes
