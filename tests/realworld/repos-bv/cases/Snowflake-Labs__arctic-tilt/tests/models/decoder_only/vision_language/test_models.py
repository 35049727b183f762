stub: upstream file of 36683 bytes
