stub: upstream file of 2685 bytes
