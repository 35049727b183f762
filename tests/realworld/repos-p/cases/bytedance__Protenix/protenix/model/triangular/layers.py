stub: upstream file of 23687 bytes
