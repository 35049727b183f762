stub: upstream file of 26515 bytes
