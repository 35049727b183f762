stub: upstream file of 18910 bytes
