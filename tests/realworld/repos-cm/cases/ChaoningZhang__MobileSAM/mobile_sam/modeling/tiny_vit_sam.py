stub: upstream file of 24809 bytes
