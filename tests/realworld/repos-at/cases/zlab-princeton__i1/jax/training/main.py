stub: upstream file of 41479 bytes
