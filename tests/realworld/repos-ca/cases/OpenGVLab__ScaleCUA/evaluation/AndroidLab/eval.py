stub: upstream file of 3914 bytes
