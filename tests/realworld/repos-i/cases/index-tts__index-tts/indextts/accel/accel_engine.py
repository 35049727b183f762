stub: upstream file of 24766 bytes
