stub: upstream file of 4658 bytes
