stub: upstream file of 22716 bytes
