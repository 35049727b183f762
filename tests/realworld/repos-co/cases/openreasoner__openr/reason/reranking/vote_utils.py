stub: upstream file of 1807 bytes
