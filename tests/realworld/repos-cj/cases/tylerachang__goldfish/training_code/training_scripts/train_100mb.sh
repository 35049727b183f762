stub: upstream file of 154594 bytes
