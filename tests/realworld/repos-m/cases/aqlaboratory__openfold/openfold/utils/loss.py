stub: upstream file of 60786 bytes
