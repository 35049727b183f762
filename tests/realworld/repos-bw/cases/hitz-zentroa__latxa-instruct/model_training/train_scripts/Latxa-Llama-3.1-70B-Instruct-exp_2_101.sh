stub: upstream file of 2723 bytes
