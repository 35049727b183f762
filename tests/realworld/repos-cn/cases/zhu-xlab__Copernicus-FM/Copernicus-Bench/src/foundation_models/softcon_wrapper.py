stub: upstream file of 10774 bytes
