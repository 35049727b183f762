stub: upstream file of 9952 bytes
