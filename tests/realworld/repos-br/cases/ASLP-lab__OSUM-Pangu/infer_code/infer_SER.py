stub: upstream file of 12661 bytes
