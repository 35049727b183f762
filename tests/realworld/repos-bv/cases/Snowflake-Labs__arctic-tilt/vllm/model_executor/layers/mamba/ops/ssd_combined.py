stub: upstream file of 9004 bytes
