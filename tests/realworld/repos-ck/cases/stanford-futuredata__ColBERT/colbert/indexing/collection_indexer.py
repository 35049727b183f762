stub: upstream file of 21680 bytes
