stub: upstream file of 28341 bytes
