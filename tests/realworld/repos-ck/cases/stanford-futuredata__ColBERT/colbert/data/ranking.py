stub: upstream file of 2774 bytes
