stub: upstream file of 63653 bytes
