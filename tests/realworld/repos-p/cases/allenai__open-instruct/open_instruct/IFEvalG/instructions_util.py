stub: upstream file of 25774 bytes
