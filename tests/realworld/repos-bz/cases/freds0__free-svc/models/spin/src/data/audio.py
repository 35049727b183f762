stub: upstream file of 6774 bytes
