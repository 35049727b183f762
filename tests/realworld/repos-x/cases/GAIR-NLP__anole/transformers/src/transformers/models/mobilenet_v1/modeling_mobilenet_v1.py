stub: upstream file of 18594 bytes
