stub: upstream file of 79685 bytes
