stub: upstream file of 14803 bytes
