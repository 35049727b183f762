stub: upstream file of 92328 bytes
