stub: upstream file of 15636 bytes
