stub: upstream file of 34860 bytes
