stub: upstream file of 10914 bytes
