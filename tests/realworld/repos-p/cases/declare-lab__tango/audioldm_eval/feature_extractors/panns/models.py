stub: upstream file of 128914 bytes
