stub: upstream file of 3759 bytes
