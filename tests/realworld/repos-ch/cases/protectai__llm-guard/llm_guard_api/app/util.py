stub: upstream file of 3078 bytes
