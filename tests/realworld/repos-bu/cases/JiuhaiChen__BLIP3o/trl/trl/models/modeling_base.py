stub: upstream file of 30786 bytes
