stub: upstream file of 3959 bytes
