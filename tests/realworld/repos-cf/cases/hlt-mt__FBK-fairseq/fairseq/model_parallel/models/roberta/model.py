stub: upstream file of 10823 bytes
