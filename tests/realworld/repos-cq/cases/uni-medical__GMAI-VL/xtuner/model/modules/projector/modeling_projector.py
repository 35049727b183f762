stub: upstream file of 1653 bytes
