stub: upstream file of 12476 bytes
