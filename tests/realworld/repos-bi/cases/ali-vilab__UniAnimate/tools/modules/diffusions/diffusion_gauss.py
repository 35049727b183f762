stub: upstream file of 17584 bytes
