stub: upstream file of 10516 bytes
