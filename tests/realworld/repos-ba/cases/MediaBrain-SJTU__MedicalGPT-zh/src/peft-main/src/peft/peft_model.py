stub: upstream file of 43654 bytes
