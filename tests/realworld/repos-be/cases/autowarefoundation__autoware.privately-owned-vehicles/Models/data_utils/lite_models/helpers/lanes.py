stub: upstream file of 9682 bytes
