stub: upstream file of 32325 bytes
