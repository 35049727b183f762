stub: upstream file of 11687 bytes
