stub: upstream file of 31760 bytes
