stub: upstream file of 25620 bytes
