stub: upstream file of 26774 bytes
