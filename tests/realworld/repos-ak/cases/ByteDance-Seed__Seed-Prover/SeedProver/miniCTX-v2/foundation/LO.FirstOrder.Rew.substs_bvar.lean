stub: upstream file of 12148 bytes
