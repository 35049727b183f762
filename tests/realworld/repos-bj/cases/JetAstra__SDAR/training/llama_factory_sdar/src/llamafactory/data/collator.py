stub: upstream file of 14440 bytes
