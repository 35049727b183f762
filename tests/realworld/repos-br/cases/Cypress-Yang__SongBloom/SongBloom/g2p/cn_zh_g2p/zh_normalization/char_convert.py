stub: upstream file of 66117 bytes
