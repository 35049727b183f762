stub: upstream file of 27520 bytes
