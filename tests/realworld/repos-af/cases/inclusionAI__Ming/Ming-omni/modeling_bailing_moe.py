stub: upstream file of 74839 bytes
