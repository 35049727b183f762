stub: upstream file of 15794 bytes
