stub: upstream file of 30648 bytes
