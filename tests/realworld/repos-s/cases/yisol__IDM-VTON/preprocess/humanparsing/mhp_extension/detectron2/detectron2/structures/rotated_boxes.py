stub: upstream file of 18117 bytes
