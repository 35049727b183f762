stub: upstream file of 16911 bytes
