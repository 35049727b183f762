stub: upstream file of 9774 bytes
