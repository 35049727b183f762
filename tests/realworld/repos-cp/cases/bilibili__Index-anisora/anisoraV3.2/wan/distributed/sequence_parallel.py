stub: upstream file of 5189 bytes
