stub: upstream file of 3653 bytes
