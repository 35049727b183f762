stub: upstream file of 97774 bytes
