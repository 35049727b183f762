stub: upstream file of 5612 bytes
