stub: upstream file of 78662 bytes
