stub: upstream file of 44723 bytes
