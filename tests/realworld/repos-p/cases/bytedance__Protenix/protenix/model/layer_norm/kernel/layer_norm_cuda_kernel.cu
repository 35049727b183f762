stub: upstream file of 44614 bytes
