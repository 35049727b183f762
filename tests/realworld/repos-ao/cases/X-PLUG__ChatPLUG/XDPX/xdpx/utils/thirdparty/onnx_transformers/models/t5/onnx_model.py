stub: upstream file of 12622 bytes
