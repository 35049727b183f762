stub: upstream file of 12844 bytes
