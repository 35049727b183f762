stub: upstream file of 42782 bytes
