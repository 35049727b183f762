stub: upstream file of 14643 bytes
