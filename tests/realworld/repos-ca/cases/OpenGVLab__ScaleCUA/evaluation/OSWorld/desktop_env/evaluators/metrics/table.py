stub: upstream file of 24559 bytes
