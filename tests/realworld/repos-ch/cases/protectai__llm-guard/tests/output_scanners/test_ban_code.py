stub: upstream file of 2961 bytes
