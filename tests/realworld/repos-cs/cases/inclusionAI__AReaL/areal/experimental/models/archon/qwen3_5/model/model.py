stub: upstream file of 24609 bytes
