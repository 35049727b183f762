stub: upstream file of 47703 bytes
