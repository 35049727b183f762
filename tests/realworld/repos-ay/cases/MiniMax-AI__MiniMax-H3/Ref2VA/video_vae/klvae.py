stub: upstream file of 48594 bytes
