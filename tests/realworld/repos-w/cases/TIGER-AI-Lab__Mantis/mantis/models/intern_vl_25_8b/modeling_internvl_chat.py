stub: upstream file of 39959 bytes
