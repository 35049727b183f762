stub: upstream file of 653 bytes
