stub: upstream file of 18350 bytes
