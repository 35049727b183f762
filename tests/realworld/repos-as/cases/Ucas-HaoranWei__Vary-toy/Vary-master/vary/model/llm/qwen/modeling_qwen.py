stub: upstream file of 42684 bytes
