stub: upstream file of 6803 bytes
