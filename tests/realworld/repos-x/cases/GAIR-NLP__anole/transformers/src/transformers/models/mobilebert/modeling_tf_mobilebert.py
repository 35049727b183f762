stub: upstream file of 83717 bytes
