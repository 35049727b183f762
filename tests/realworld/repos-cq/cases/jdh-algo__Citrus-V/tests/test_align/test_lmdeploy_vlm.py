stub: upstream file of 2648 bytes
