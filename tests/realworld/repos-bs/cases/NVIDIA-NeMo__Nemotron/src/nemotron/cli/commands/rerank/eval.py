stub: upstream file of 5680 bytes
