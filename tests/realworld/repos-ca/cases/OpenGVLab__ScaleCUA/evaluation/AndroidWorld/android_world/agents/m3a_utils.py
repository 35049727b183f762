stub: upstream file of 18744 bytes
