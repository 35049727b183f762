stub: upstream file of 8570 bytes
