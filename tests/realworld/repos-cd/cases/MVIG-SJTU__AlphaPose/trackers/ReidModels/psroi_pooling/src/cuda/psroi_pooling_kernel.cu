stub: upstream file of 7696 bytes
