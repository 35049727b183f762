stub: upstream file of 8717 bytes
